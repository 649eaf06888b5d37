#pragma once
// Random: the generator's own pseudo-random numbers (SplitMix64).
//
// std:: distributions differ between standard libraries, so the generator draws everything from
// this class and uses only integer arithmetic and correctly rounded IEEE operations (+ - * /):
// the same seed gives the same numbers, and so the same geometry, on every platform.

#include <cstdint>
#include <utility>
#include <vector>

namespace engdrift::gen {

class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    /// SplitMix64's finaliser: a good 64-bit mix of one value (also used to derive seeds).
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// A seed derived from a parent seed and a salt (e.g. a department's index).
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t salt)
    {
        return mix(mix(seed + 0x9e3779b97f4a7c15ULL) ^ (salt * 0xd1b54a32d192ed03ULL + 1));
    }

    std::uint64_t next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }

    /// Uniform in [0, 1), 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [lo, hi] (inclusive); lo when hi < lo.
    std::int64_t range(std::int64_t lo, std::int64_t hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(next() % span);
    }
    bool chance(double probability) { return uniform() < probability; }
    /// Roughly normal (mean 0, standard deviation 1): a scaled sum of four uniforms, no libm.
    double normalish()
    {
        const double sum = uniform() + uniform() + uniform() + uniform();
        return (sum - 2.0) * 1.7320508075688772; // Irwin-Hall(4) has variance 1/3
    }
    /// An index chosen with the given non-negative weights.
    std::size_t weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return i;
            x -= weights[i];
        }
        return weights.empty() ? 0 : weights.size() - 1;
    }
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<std::size_t>(range(0, static_cast<std::int64_t>(i) - 1))]);
    }

private:
    std::uint64_t m_state;
};

} // namespace engdrift::gen
