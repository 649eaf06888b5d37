#include "util/gdal_no_network.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <cpl_http.h>

namespace engdrift {
namespace {

constexpr const char *kCurlFilter = "CPL_VSIL_CURL_ALLOWED_FILENAME";
// No /vsicurl/ file has this name: with the filter set to it, every /vsicurl/ file is refused.
constexpr const char *kNoCurlFile = "/vsicurl/engdrift-reads-files-without-network-access";

CPLHTTPResult *refuse(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc, void *,
                      void *userData)
{
    auto *scope = static_cast<QStringList *>(userData);
    const QString address = QString::fromUtf8(url ? url : "");
    *scope << address;
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup(
        QCoreApplication::translate("NoNetworkScope", "%1 was not fetched: Engdrift reads files without network access")
            .arg(address)
            .toUtf8()
            .constData());
    return result;
}

} // namespace

NoNetworkScope::NoNetworkScope()
{
    m_pushed = CPLHTTPPushFetchCallback(refuse, &m_refused) != 0;
    if (const char *previous = CPLGetThreadLocalConfigOption(kCurlFilter, nullptr))
        m_previousCurlFilter = QByteArray(previous);
    CPLSetThreadLocalConfigOption(kCurlFilter, kNoCurlFile);
}

NoNetworkScope::~NoNetworkScope()
{
    CPLSetThreadLocalConfigOption(kCurlFilter, m_previousCurlFilter ? m_previousCurlFilter->constData() : nullptr);
    if (m_pushed)
        CPLHTTPPopFetchCallback();
}

} // namespace engdrift
