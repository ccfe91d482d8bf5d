# zhibiao.gp -- the default look of zhibiao charts: font, colours, line styles.
#
# `zhibiao plot` copies this file into every script it writes (between the
# "style" markers), so each script renders alone; `--style FILE` copies FILE
# instead. A style may set any gnuplot option; the chart scripts rely only on
# the zb_* variables and line styles 1-8 defined here.
#
# Font: a CJK family that fontconfig finds. 'Noto Sans CJK SC' (Debian
# fonts-noto-cjk) gives simplified-Chinese glyph forms; without a family name
# pango falls back to Noto Sans CJK JP (Japanese forms). zhibiao checks
# `fc-list :lang=zh family` for zb_font before rendering.
zb_font = 'Noto Sans CJK SC'
zb_fontsize = 11
zb_titlesize = 14
zb_smallsize = 9

zb_c_actual   = '#1f77b4'
zb_c_estimate = '#6baed6'
zb_c_fit      = '#444444'
zb_c_band     = '#9ecae1'
zb_c_target   = '#ff7f0e'
zb_c_met      = '#2ca02c'
zb_c_missed   = '#d62728'
zb_c_pending  = '#8c8c8c'
zb_c_calendar = '#7b4fa0'
zb_c_grid     = '#dddddd'
zb_c_muted    = '#666666'

set style line 1 lc rgb zb_c_actual lw 2 pt 7 ps 1.1      # reported values
set style line 2 lc rgb zb_c_estimate lw 2 pt 6 ps 1.1    # estimates (open circle)
set style line 3 lc rgb zb_c_fit lw 1.5 dt 2              # fitted trend
set style line 4 lc rgb zb_c_met lw 2 pt 9 ps 1.6         # target met (triangle)
set style line 5 lc rgb zb_c_missed lw 2 pt 11 ps 1.6     # target missed (down triangle)
set style line 6 lc rgb zb_c_pending lw 2 pt 8 ps 1.6     # target not yet assessed (open triangle)
set style line 7 lc rgb zb_c_calendar lw 2 dt 3           # time elapsed (calendar progress)
set style line 8 lc rgb zb_c_target lw 1.5 dt 4           # target level (100%)

set border 3 lc rgb zb_c_muted
set tics nomirror textcolor rgb '#333333'
set grid ytics lc rgb zb_c_grid lw 1 dt 1
set key top left noautotitle box lc rgb zb_c_grid opaque samplen 2 spacing 1.1
set style fill transparent solid 0.35 noborder
set datafile missing '?'
