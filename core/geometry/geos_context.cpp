#include "geometry/geos_context.h"

#include <cstdarg>
#include <cstdio>

namespace engdrift::geos {
namespace {

struct ThreadContext
{
    GEOSContextHandle_t handle = nullptr;
    QString lastError;

    ThreadContext()
    {
        handle = GEOS_init_r();
        GEOSContext_setErrorMessageHandler_r(
            handle,
            [](const char *message, void *userdata) {
                static_cast<ThreadContext *>(userdata)->lastError = QString::fromUtf8(message);
            },
            this);
    }
    ~ThreadContext() { GEOS_finish_r(handle); }
    ThreadContext(const ThreadContext &) = delete;
    ThreadContext &operator=(const ThreadContext &) = delete;
};

ThreadContext &threadContext()
{
    thread_local ThreadContext ctx;
    return ctx;
}

} // namespace

GEOSContextHandle_t context()
{
    return threadContext().handle;
}

QString lastError()
{
    return threadContext().lastError;
}

void clearLastError()
{
    threadContext().lastError.clear();
}

} // namespace engdrift::geos
