# add_p2pdesk_test(NAME SOURCES ... [LIBS ...] [GUI] [PG])
#
# Every test is a QtTest executable registered with CTest. GUI tests run on the offscreen platform;
# PG tests require the `pg` fixture (a private throw-away PostgreSQL cluster started once per ctest
# run) and receive its socket directory in P2PDESK_TEST_PGHOST. Each PG test creates its own
# database from it, so tests stay independent and may run in parallel.
set(P2PDESK_PG_DIR "" CACHE PATH "Directory of the test PostgreSQL cluster (default: a fresh /tmp dir per build)")

function(add_p2pdesk_test name)
    cmake_parse_arguments(T "GUI;PG" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE project_options ${T_LIBS})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_RULES=*.debug=false"
            "P2PDESK_SOURCE_DIR=${CMAKE_SOURCE_DIR}" "P2PDESK_BINARY_DIR=${CMAKE_BINARY_DIR}")
    set(labels ${T_LABELS})
    if(T_GUI)
        list(APPEND labels gui)
    endif()
    if(T_PG)
        list(APPEND labels pg)
        # PG tests talk to a real syncd; every response they get is recorded for the contract check.
        list(APPEND env "P2PDESK_TEST_PGHOST_FILE=${CMAKE_BINARY_DIR}/pgtest.host"
                        "P2PDESK_CONTRACT_LOG_DIR=${CMAKE_BINARY_DIR}/contract-log")
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "pg;contract")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${labels}" TIMEOUT ${T_TIMEOUT})
endfunction()

# The fixture itself: scripts/pg-cluster.sh starts a cluster and writes its socket directory to
# pgtest.host; the cleanup test stops it and removes the data.
function(add_p2pdesk_pg_fixture)
    add_test(NAME pg_start COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/pg-cluster.sh start-temp ${CMAKE_BINARY_DIR}/pgtest.host)
    add_test(NAME pg_stop COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/pg-cluster.sh stop-temp ${CMAKE_BINARY_DIR}/pgtest.host)
    set_tests_properties(pg_start PROPERTIES FIXTURES_SETUP pg LABELS "pg;fixture")
    set_tests_properties(pg_stop PROPERTIES FIXTURES_CLEANUP pg LABELS "pg;fixture")
endfunction()

# The contract check: the PG tests record every response syncd gave them; once they are all done,
# tools/contract-check.mjs checks each against the OpenAPI document (documented status, reason
# phrase, content type, body schema) and fails the run on any drift.
function(add_p2pdesk_contract_fixture)
    set(log_dir ${CMAKE_BINARY_DIR}/contract-log)
    add_test(NAME contract_log_reset
             COMMAND sh -c "rm -rf '${log_dir}' && mkdir -p '${log_dir}'")
    add_test(NAME contract_check
             COMMAND node ${CMAKE_SOURCE_DIR}/tools/contract-check.mjs
                     ${CMAKE_SOURCE_DIR}/libs/proto/openapi/p2pdesk.openapi.yaml ${log_dir})
    set_tests_properties(contract_log_reset PROPERTIES FIXTURES_SETUP contract LABELS "pg;fixture")
    set_tests_properties(contract_check PROPERTIES FIXTURES_CLEANUP contract LABELS "pg;lint" TIMEOUT 120)
endfunction()
