/*
 * fuzz_extract.c -- libFuzzer target: zb_extract_buffer on a whole
 * document of arbitrary bytes (any encoding; detection included).
 *
 * One extractor is made on the first call and reused, as a program would.
 * Promises checked: every record handed to the callback passes
 * zb_record_validate (the extractor never emits a record the record
 * reader would refuse), and serialises; the call returns ZB_OK or a
 * negative code, never a stray positive one.
 */
#include "zhibiao.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int on_record(void *user, const zb_record *r)
{
    zb_error err;
    char *json;
    (void)user;
    if (zb_record_validate(r, &err) != ZB_OK)
        __builtin_trap();
    json = zb_record_to_json(r);
    free(json);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static zb_extractor *x;
    zb_extract_opts opts = {"fuzz.txt", NULL, NULL, NULL};
    zb_error err;
    char *doc;
    int rc;

    if (!x && !(x = zb_extractor_new(&err)))
        abort();
    doc = malloc(size ? size : 1);         /* exact size, no NUL after it */
    if (!doc)
        return 0;
    memcpy(doc, data, size);
    rc = zb_extract_buffer(x, doc, size, &opts, on_record, NULL, &err);
    if (rc > 0)
        __builtin_trap();
    free(doc);
    return 0;
}
