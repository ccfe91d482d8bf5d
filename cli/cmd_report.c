/* cmd_report.c -- placeholder until the report module lands; see the issue list. */
#include "cli.h"

int cmd_report(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errf("report: not built yet");
    return EXIT_USAGE;
}
