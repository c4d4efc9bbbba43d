# Debian packages: `cpack -G DEB` in a release build makes p2pdesk-syncd and p2pdesk-workstation.
include(GNUInstallDirs)

if(TARGET syncd)
    install(TARGETS syncd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT syncd)
    install(FILES ${CMAKE_SOURCE_DIR}/installers/systemd/p2pdesk-syncd.service
        DESTINATION lib/systemd/system COMPONENT syncd)
    install(FILES ${CMAKE_SOURCE_DIR}/installers/syncd.conf.example
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT syncd)
endif()
if(TARGET p2pdesk-workstation)
    install(TARGETS p2pdesk-workstation RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT workstation)
    install(FILES ${CMAKE_SOURCE_DIR}/installers/p2pdesk-workstation.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT workstation)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/p2pdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT workstation)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME p2pdesk)
set(CPACK_PACKAGE_VENDOR "p2pdesk")
set(CPACK_PACKAGE_CONTACT "p2pdesk maintainers <maintainers@p2pdesk.invalid>")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_SYNCD_PACKAGE_NAME p2pdesk-syncd)
set(CPACK_DEBIAN_SYNCD_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SYNCD_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_SYNCD_PACKAGE_CONTROL_EXTRA ${CMAKE_SOURCE_DIR}/installers/debian/postinst)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_NAME p2pdesk-workstation)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_DEPENDS "gnome-keyring | kwalletmanager")
include(CPack)
