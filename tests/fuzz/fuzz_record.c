/*
 * fuzz_record.c -- libFuzzer target: zb_record_parse on one arbitrary line,
 * and for every line it accepts, the JSON round trip.
 *
 * Promises checked: a record the parser accepts passes zb_record_validate;
 * zb_record_to_json of it parses again; and serialising that second parse
 * gives the same bytes (the writer is a fixed point after one round).  A
 * refused line leaves the record cleared and a message in err.
 */
#include "zhibiao.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    zb_record r, r2;
    zb_error err;
    char *line, *j1 = NULL, *j2 = NULL;
    int rc;

    line = malloc(size ? size : 1);        /* exact size, no NUL after it */
    if (!line)
        return 0;
    memcpy(line, data, size);
    zb_record_init(&r);
    zb_record_init(&r2);
    memset(&err, 0, sizeof err);
    rc = zb_record_parse(line, size, &r, &err);
    if (rc != ZB_OK) {
        if (rc > 0 || r.doc || r.indicator || r.text || err.message[0] == '\0')
            __builtin_trap();
        goto out;
    }
    if (zb_record_validate(&r, &err) != ZB_OK)
        __builtin_trap();
    j1 = zb_record_to_json(&r);
    if (!j1)
        goto out;
    if (zb_record_parse(j1, strlen(j1), &r2, &err) != ZB_OK)
        __builtin_trap();
    j2 = zb_record_to_json(&r2);
    if (j2 && strcmp(j1, j2) != 0)
        __builtin_trap();
out:
    free(j1);
    free(j2);
    zb_record_clear(&r);
    zb_record_clear(&r2);
    free(line);
    return 0;
}
