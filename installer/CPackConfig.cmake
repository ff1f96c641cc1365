# Packaging: `cpack --config build/CPackConfig.cmake` after a build gives a .deb and a .tar.gz on
# Linux, an NSIS installer and a .zip on Windows, a disk image on macOS (PlatformPackages.cmake).
# Each program installs itself in its own CMakeLists.txt; this adds the documents and the package.
set(QTR_DOC_DIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/qlik-task-runner)
install(FILES README.md DESTINATION ${QTR_DOC_DIR})
# What Debian wants beside every package: the licence in its copyright format, and the changelog
# compressed (a native package: changelog.gz).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright DESTINATION ${QTR_DOC_DIR})
find_program(QTR_GZIP gzip)
if(QTR_GZIP)
    set(changelog ${CMAKE_BINARY_DIR}/packaging/changelog)
    add_custom_command(OUTPUT ${changelog}.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_LIST_DIR}/debian/changelog ${changelog}
        COMMAND ${QTR_GZIP} -9nf ${changelog}
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog
        VERBATIM)
    add_custom_target(debian_changelog ALL DEPENDS ${changelog}.gz)
    install(FILES ${changelog}.gz DESTINATION ${QTR_DOC_DIR})
endif()

set(CPACK_PACKAGE_NAME "qlik-task-runner")
set(CPACK_PACKAGE_VENDOR "Qlik Task Runner contributors")
set(CPACK_PACKAGE_CONTACT "Qlik Task Runner contributors <qlik-task-runner@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters, as Debian wants them.
set(CPACK_PACKAGE_DESCRIPTION
    "Starts tasks of a client-managed Qlik Sense site through the Qlik
Repository Service, or reloads of Qlik Cloud apps, and follows every
run to its end. qlik-task is the command line for schedulers (exit
codes tell how the runs ended), qlik-task-runner the desktop app (runs
table, task chains, watching a server, notifications, history), qrs-sim
a simulator of the repository for demos and tests.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so shlibdeps cannot see them: the SVG icon engine and the SQLite driver of
# the run history. Qt's own translations (dialog buttons, the command-line parser) are welcome.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(${CMAKE_CURRENT_LIST_DIR}/PlatformPackages.cmake)
include(CPack)
