// Fuzz target: the edit session's crash recovery file (the unsaved edits as JSON, written beside
// the project while editing and offered back after a crash: EditSession::restore), against a
// copy of the small fixture project. The text "@BASE@" in the input stands for the project's
// "modified" stamp, so that inputs get past the check that ties the edits to the project.
// Restored edits are then read as the map reads them and saved, as the program would.

#include "fuzz_support.h"

#include "edit/edit_session.h"

using namespace engdrift;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    fuzz::fixtureProjectPath();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray json = fuzz::bytes(data, size);
    auto store = fuzz::fixtureCopy(fuzz::freshDir());
    auto stamp = store->modifiedStamp();
    if (!stamp.ok())
        return 0;
    json.replace("@BASE@", stamp->toUtf8());

    EditSession session(*store);
    auto step = session.restore(json, *stamp);
    if (!step.ok()) {
        (void)step.errorMessage();
        return 0;
    }
    for (const QDate &date : {QDate(2019, 1, 1), QDate(2024, 6, 1), QDate(2100, 1, 1)}) {
        (void)session.areasAt(date);
        (void)session.pathsAt(date);
    }
    (void)session.serialize(*stamp);
    (void)session.overlay();
    session.apply(*step, false); // undo ...
    session.apply(*step, true);  // ... and redo the recovered edits
    auto saved = session.save();
    if (!saved.ok())
        (void)saved.errorMessage();
    return 0;
}
