/* cmd_plot.c -- placeholder until the plot module lands; see the issue list. */
#include "cli.h"

int cmd_plot(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errf("plot: not built yet");
    return EXIT_USAGE;
}
