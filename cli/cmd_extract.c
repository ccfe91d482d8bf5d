/* cmd_extract.c -- placeholder until the extract module lands; see the issue list. */
#include "cli.h"

int cmd_extract(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errf("extract: not built yet");
    return EXIT_USAGE;
}
