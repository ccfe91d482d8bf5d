/* cmd_trend.c -- placeholder until the trend module lands; see the issue list. */
#include "cli.h"

int cmd_trend(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errf("trend: not built yet");
    return EXIT_USAGE;
}
