# One INTERFACE target carries the language level, warnings and sanitizers for every target of
# the project, so that no directory can quietly build with different rules.
add_library(project_options INTERFACE)
add_library(p2pdesk::options ALIAS project_options)

target_compile_features(project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wshadow=local -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
if(P2PDESK_WERROR)
    # GCC 12's -Wmaybe-uninitialized and -Wrestrict misfire on std::optional and std::string inlined
    # at -O1 and above (GCC bugs 80635, 105329): they stay warnings, everything else is an error.
    target_compile_options(project_options INTERFACE -Werror -Wno-error=maybe-uninitialized -Wno-error=restrict)
endif()

target_compile_definitions(project_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    PQXX_HAVE_OPTIONAL)

if(P2PDESK_SANITIZE)
    target_compile_options(project_options INTERFACE
        -fsanitize=${P2PDESK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(project_options INTERFACE -fsanitize=${P2PDESK_SANITIZE})
endif()

# Lean builds on a 2-core machine: no debug info unless asked for in the dev preset.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE Debug CACHE STRING "Build type" FORCE)
endif()

# The binaries Debian ships are hardened as Debian's own are (dpkg-buildflags): a read-only GOT
# bound at start (relro, now) always, and glibc's checked string functions where the optimiser
# runs — only in Release, so the CI and dev builds keep their ccache keys.
target_link_options(project_options INTERFACE -Wl,-z,relro -Wl,-z,now)
target_compile_definitions(project_options INTERFACE $<$<CONFIG:Release>:_FORTIFY_SOURCE=2>)
target_compile_options(project_options INTERFACE $<$<CONFIG:Release>:-fstack-protector-strong>)
