/*
 * error.c -- status codes, their texts, and filling a caller's zb_error.
 *
 * The library reports failures through an int status (ZB_OK or a negative
 * zb_code) plus a caller-owned zb_error carrying the detail; only the CLI
 * prints (libxlsxwriter's lxw_strerror habit).
 */
#include "zhibiao.h"

#include <stdarg.h>
#include <stdio.h>

const char *zb_strerror(int code)
{
    switch (code) {
    case ZB_OK: return "success";
    case ZB_ENOMEM: return "out of memory";
    case ZB_EIO: return "input/output error";
    case ZB_EPARSE: return "malformed input";
    case ZB_EINVALID: return "invalid value";
    case ZB_EUSAGE: return "invalid option";
    case ZB_EENCODING: return "unsupported encoding";
    case ZB_ELIMIT: return "size limit exceeded";
    case ZB_ENUMERIC: return "undefined computation";
    case ZB_EDEP: return "external library failure";
    default: return "unknown error";
    }
}

int zb_error_set(zb_error *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        err->code = code;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}
