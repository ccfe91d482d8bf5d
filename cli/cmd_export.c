/* cmd_export.c -- placeholder until the export module lands; see the issue list. */
#include "cli.h"

int cmd_export(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errf("export: not built yet");
    return EXIT_USAGE;
}
