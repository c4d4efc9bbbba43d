#!/usr/bin/env bash
# Fails when syncd code includes a layer it may not use (apps/syncd/CMakeLists.txt names the
# libraries). The libraries share one include root, so the compiler alone would not notice a
# service reaching into http/; this is what keeps "services never include http/" true.
#   core (config security db audit feed storage backup service workers observability app/Services) — no http/, cli/,
#        app/SyncdApp
#   http — no cli/, tg/, app/SyncdApp, no SQL
#   tg   — no cli/, http/, app/SyncdApp, no SQL
#   mail — no cli/, http/, tg/, app/SyncdApp, no SQL
#   ratefeed — no cli/, http/, tg/, mail/, app/SyncdApp, no SQL
#   chain — no cli/, http/, tg/, mail/, ratefeed/, app/SyncdApp, no SQL
# The workstation (apps/workstation/CMakeLists.txt): core/ knows no item model, widget or app/;
# models/ knows no widget or app/. The libraries link QtCore/QtGui only, so a widget header fails
# to compile anyway; this catches the project's own headers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/apps/syncd/src"
ws="$root/apps/workstation/src"
status=0
refuse() {
    local what=$1 pattern=$2
    shift 2
    local hits
    hits=$(grep -rnE "$pattern" "$@" 2>/dev/null || true)
    if [ -n "$hits" ]; then
        printf '%s:\n%s\n' "$what" "$hits" >&2
        status=1
    fi
}
core=("$src"/config "$src"/security "$src"/db "$src"/audit "$src"/feed "$src"/storage "$src"/backup "$src"/service \
      "$src"/workers "$src"/observability "$src"/outbound "$src"/app/Services.h "$src"/app/Services.cpp)
refuse "syncd_core includes a front-end or the process" '#include "(http|tg|cli)/|#include "app/SyncdApp' "${core[@]}"
refuse "syncd_http includes the process or the Telegram bridge" '#include "(cli|tg)/|#include "app/SyncdApp' "$src"/http
refuse "syncd_tg includes the process or the HTTPS API" '#include "(cli|http)/|#include "app/SyncdApp' "$src"/tg
refuse "syncd_mail includes the process, the HTTPS API or the Telegram bridge" '#include "(cli|http|tg)/|#include "app/SyncdApp' "$src"/mail
refuse "syncd_core includes mail/" '#include "mail/' "${core[@]}"
refuse "syncd_ratefeed includes the process or a front-end" '#include "(cli|http|tg|mail)/|#include "app/SyncdApp' "$src"/ratefeed
refuse "syncd_core includes ratefeed/ (it knows service::ReferenceRateProvider only)" '#include "ratefeed/' "${core[@]}"
refuse "syncd_chain includes the process, a front-end or another back-end" '#include "(cli|http|tg|mail|ratefeed)/|#include "app/SyncdApp' "$src"/chain
refuse "syncd_core includes chain/ (it knows service::BlockExplorer only)" '#include "chain/' "${core[@]}"
# SQL lives in db/repositories; the front-ends reach data through services and repositories only.
refuse "SQL in syncd_http (use a repository)" '\.(exec|exec0|exec1|exec_params|exec_params0|exec_params1|exec_prepared)\(' "$src"/http
refuse "SQL in syncd_tg (use a repository)" '\.(exec|exec0|exec1|exec_params|exec_params0|exec_params1|exec_prepared)\(' "$src"/tg
refuse "SQL in syncd_mail (use a repository)" '\.(exec|exec0|exec1|exec_params|exec_params0|exec_params1|exec_prepared)\(' "$src"/mail
refuse "SQL in observability/ (use a repository)" '\.(exec|exec0|exec1|exec_params|exec_params0|exec_params1|exec_prepared)\(' "$src"/observability
refuse "SQL in chain/ (use a repository)" '\.(exec|exec0|exec1|exec_params|exec_params0|exec_params1|exec_prepared)\(' "$src"/chain
refuse "SQL in ratefeed/ (use a repository)" '\.(exec|exec0|exec1|exec_params|exec_params0|exec_params1|exec_prepared)\(' "$src"/ratefeed
refuse "SQL in backup/ (use a repository)" '\.(exec|exec0|exec1|exec_params|exec_params0|exec_params1|exec_prepared)\(' "$src"/backup
refuse "workstation_core includes a model, a widget or the app" '#include "(models|ui|app|platform)/|#include <Q(Widget|Dialog|MessageBox|Application|AbstractItemModel|AbstractTableModel|AbstractListModel|SortFilterProxyModel)>' "$ws"/core
refuse "workstation_models includes a widget or the app" '#include "(ui|app|platform)/|#include <Q(Widget|Dialog|MessageBox|Application)>' "$ws"/models
if [ $status -eq 0 ]; then
    echo "layers: syncd_core, syncd_http, syncd_tg, syncd_mail, syncd_ratefeed, syncd_chain and syncd_lib keep to their includes; no SQL in http/, tg/, mail/, observability/ or backup/"
    echo "layers: workstation core/ includes no model, widget or app; models/ no widget or app"
fi
exit $status
