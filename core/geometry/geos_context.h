#pragma once
// The GEOS context of the calling thread.
//
// Engdrift uses only GEOS's reentrant C API. Each thread gets its own context handle, created on
// first use and destroyed when the thread ends; GEOS reports errors to it, and lastGeosError()
// returns the last one as text (nothing is thrown from the callback).

#include <QString>

#include <geos_c.h>

namespace engdrift::geos {

/// The calling thread's GEOS context.
GEOSContextHandle_t context();

/// The last error GEOS reported on this thread (empty if none since the last clear).
QString lastError();
void clearLastError();

} // namespace engdrift::geos
