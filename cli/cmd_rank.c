/* cmd_rank.c -- placeholder until the rank module lands; see the issue list. */
#include "cli.h"

int cmd_rank(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errf("rank: not built yet");
    return EXIT_USAGE;
}
