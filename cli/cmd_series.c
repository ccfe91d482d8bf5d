/* cmd_series.c -- placeholder until the series module lands; see the issue list. */
#include "cli.h"

int cmd_series(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errf("series: not built yet");
    return EXIT_USAGE;
}
