# Debian packages: `cpack -G DEB` in a build directory makes p2pdesk-syncd and p2pdesk-workstation
# (tests/packaging checks them with lintian, dpkg-deb and systemd-analyze).
include(GNUInstallDirs)

# Debian wants the changelog compressed without a timestamp (gzip -n), so the package is the same
# whenever it is built; manual pages likewise.
function(p2pdesk_gzip source output)
    file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/packaging)
    execute_process(COMMAND gzip -9nc ${source} OUTPUT_FILE ${output} COMMAND_ERROR_IS_FATAL ANY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
endfunction()
set(P2PDESK_DEB_CHANGELOG ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
p2pdesk_gzip(${CMAKE_SOURCE_DIR}/installers/debian/changelog ${P2PDESK_DEB_CHANGELOG})

# Each package documents itself under /usr/share/doc/<package>.
function(p2pdesk_package_docs component package)
    install(FILES ${CMAKE_SOURCE_DIR}/installers/debian/copyright ${P2PDESK_DEB_CHANGELOG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endfunction()

if(TARGET syncd)
    install(TARGETS syncd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT syncd)
    # The daily backup (`syncd backup`) is a oneshot service started by its timer; like the main
    # unit it is installed but not enabled (postinst).
    install(FILES ${CMAKE_SOURCE_DIR}/installers/systemd/p2pdesk-syncd.service
        ${CMAKE_SOURCE_DIR}/installers/systemd/p2pdesk-backup.service
        ${CMAKE_SOURCE_DIR}/installers/systemd/p2pdesk-backup.timer
        DESTINATION lib/systemd/system COMPONENT syncd)
    # A conffile: the admin's edits survive upgrades. postinst makes it root:p2pdesk 0640.
    install(FILES ${CMAKE_SOURCE_DIR}/installers/syncd.conf.example
        DESTINATION /etc/p2pdesk RENAME syncd.conf COMPONENT syncd)
    install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/SECURITY.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/p2pdesk-syncd COMPONENT syncd)
    p2pdesk_gzip(${CMAKE_SOURCE_DIR}/installers/man/syncd.8 ${CMAKE_BINARY_DIR}/packaging/syncd.8.gz)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/syncd.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT syncd)
    p2pdesk_package_docs(syncd p2pdesk-syncd)
endif()
if(TARGET p2pdesk-workstation)
    install(TARGETS p2pdesk-workstation RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT workstation)
    install(FILES ${CMAKE_SOURCE_DIR}/installers/p2pdesk-workstation.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT workstation)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/p2pdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT workstation)
    p2pdesk_gzip(${CMAKE_SOURCE_DIR}/installers/man/p2pdesk-workstation.1
        ${CMAKE_BINARY_DIR}/packaging/p2pdesk-workstation.1.gz)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/p2pdesk-workstation.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT workstation)
    p2pdesk_package_docs(workstation p2pdesk-workstation)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME p2pdesk)
set(CPACK_PACKAGE_VENDOR "p2pdesk")
set(CPACK_PACKAGE_CONTACT "p2pdesk maintainers <maintainers@p2pdesk.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's own first description line is its synopsis (CPack would prepend the project's).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://p2pdesk.invalid/")
# Debug information stays in the build tree; the packages carry stripped binaries.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_SYNCD_PACKAGE_NAME p2pdesk-syncd)
set(CPACK_DEBIAN_SYNCD_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SYNCD_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_SYNCD_PACKAGE_RECOMMENDS "postgresql")
set(CPACK_DEBIAN_SYNCD_DESCRIPTION "p2pdesk server: orders, audit log, Telegram bridge
syncd is the back office server of a manual crypto/fiat exchange desk. It
alone owns the PostgreSQL database, performs every order state transition
atomically, keeps the order history and a tamper-evident audit log, stores
payment proofs, bridges the customers' Telegram bot and pushes changes to
the operators' workstations over HTTPS.")
set(CPACK_DEBIAN_SYNCD_PACKAGE_CONTROL_EXTRA
    ${CMAKE_SOURCE_DIR}/installers/debian/syncd/postinst
    ${CMAKE_SOURCE_DIR}/installers/debian/syncd/prerm
    ${CMAKE_SOURCE_DIR}/installers/debian/syncd/postrm
    ${CMAKE_SOURCE_DIR}/installers/debian/syncd/conffiles)
set(CPACK_DEBIAN_SYNCD_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_WORKSTATION_PACKAGE_NAME p2pdesk-workstation)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_SECTION x11)
# The local cache is SQLite through Qt Sql's plugin, and the window needs a platform plugin: both
# are plugins, which shlibdeps cannot see.
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_WORKSTATION_DESCRIPTION "p2pdesk operators' workstation
The desktop application the operators of a manual crypto/fiat exchange desk
work in: the order queue, the order card with the actions allowed in each
state, the proof viewer, payout checklists, two-person approvals, the
customers' support chat and the admin screens. It talks to p2pdesk syncd
over TLS with a pinned certificate.")
include(CPack)
