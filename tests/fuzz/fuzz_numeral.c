/*
 * fuzz_numeral.c -- libFuzzer target: zb_numeral_parse and zb_unit_parse
 * at every starting byte of arbitrary (normalised or not) text.
 *
 * The input is copied into a buffer of exactly its size, with no NUL after
 * it, so any read past len is an ASan report.  Promises checked: neither
 * parser consumes more than it was given; a parsed numeral's digits lie
 * inside what was consumed and its value is not NaN; a unit has a name.
 */
#include "zhibiao.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s;
    size_t i;
    if (size > 4096)            /* quadratic scan below; keep inputs short */
        return 0;
    s = malloc(size ? size : 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    for (i = 0; i < size; i++) {
        zb_numeral num;
        zb_unit unit;
        size_t k = zb_numeral_parse(s + i, size - i, &num), u;
        if (k > size - i)
            __builtin_trap();
        if (k > 0 && (isnan(num.value) || num.len_digits > k))
            __builtin_trap();
        u = zb_unit_parse(s + i + k, size - i - k, &unit);
        if (u > size - i - k || (u > 0 && !unit.unit))
            __builtin_trap();
    }
    free(s);
    return 0;
}
