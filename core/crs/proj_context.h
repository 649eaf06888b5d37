#pragma once
// The calling thread's PROJ context (created on first use, destroyed when the thread ends).

#include <proj.h>

namespace engdrift::proj {

PJ_CONTEXT *context();

/// A PJ owned by the calling thread's context.
struct PjDeleter
{
    void operator()(PJ *pj) const { proj_destroy(pj); }
};

} // namespace engdrift::proj
