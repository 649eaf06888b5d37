#pragma once
// What the user should know about a project from the moment it was opened, one sentence each,
// naming what and where: triggers and views that are not part of a project (removed when it is
// opened for writing: store/gpkg/foreign_schema.h), and what store/project_audit.h found. Show them
// beside the project (the CLI prints them on stderr, the desktop in a message). Empty for a project
// as Engdrift writes it.
//
// Kept in the store (ProjectStore::m_openWarnings), so every backend has them without a line of its
// own; like the store, they belong to the thread that opened it.

#include <QStringList>

namespace engdrift {

class ProjectStore;

/// The store's open-time warnings (see above).
QStringList openWarnings(const ProjectStore &store);
/// Adds sentences to openWarnings() (the backend while opening, the audit after it).
void addOpenWarnings(const ProjectStore &store, const QStringList &warnings);

} // namespace engdrift
