#pragma once
// NoNetworkScope: while it lives, GDAL reads nothing over the network on this thread.
//
// A file handed to Import is data, read from the disk it is on. Some formats can point elsewhere:
// a GeoJSON "link" CRS or a CRS named by an http:// address, a GML application schema, a path
// starting /vsicurl/. Following those would make opening a file wait for a server (or for a DNS
// answer that never comes: a hang), and would tell a stranger's server that the file was opened.
// The scope answers every HTTP request GDAL makes through CPLHTTPFetch with an error (GDAL's
// thread-local fetch callback) and allows no /vsicurl/ file (GDAL's CPL_VSIL_CURL_ALLOWED_FILENAME,
// as a thread-local option). Other threads (a WMS background map) are not affected.

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace engdrift {

class NoNetworkScope
{
public:
    NoNetworkScope();
    ~NoNetworkScope();
    NoNetworkScope(const NoNetworkScope &) = delete;
    NoNetworkScope &operator=(const NoNetworkScope &) = delete;

    /// The addresses GDAL asked for (and did not get) while this scope was the innermost one.
    QStringList refused() const { return m_refused; }

private:
    QStringList m_refused;
    std::optional<QByteArray> m_previousCurlFilter;
    bool m_pushed = false;
};

} // namespace engdrift
