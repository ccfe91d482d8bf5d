/* cmd_compare.c -- placeholder until the compare module lands; see the issue list. */
#include "cli.h"

int cmd_compare(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errf("compare: not built yet");
    return EXIT_USAGE;
}
