/*
 * splitmix.h -- the benchmark generators' PRNG (splitmix64, Steele, Lea and
 * Flood 2014): one 64-bit state, a fixed seed per generator, so the
 * generated corpus and records are the same bytes on every machine.
 */
#ifndef ZB_BENCH_SPLITMIX_H
#define ZB_BENCH_SPLITMIX_H

#include <stdint.h>

static inline uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

#endif
