# The package of each platform, and on Windows and macOS the Qt libraries, plugins and
# translations copied beside the programs by Qt's deploy tool (windeployqt, macdeployqt).
# Only the Linux packages are built and checked by CI (tests/packaging); the Windows and macOS
# configurations are written to Qt's and CPack's documentation, not verified here.

if(WIN32 OR APPLE)
    if(TARGET qlik-task-runner)
        if(APPLE)
            set(qtr_deployed_app "$<TARGET_FILE_NAME:qlik-task-runner>.app")
            set(qtr_deployed_bin "${QTR_INSTALL_BINDIR}")
        else()
            set(qtr_deployed_app "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:qlik-task-runner>")
            set(qtr_deployed_bin "\${QT_DEPLOY_BIN_DIR}")
        endif()
        # qlik-task and qrs-sim lie beside the app and share its Qt; qrs-sim alone needs
        # QtHttpServer, which the deploy tool finds through it.
        install(CODE "
            include(\"${QT_DEPLOY_SUPPORT}\")
            qt_deploy_runtime_dependencies(
                EXECUTABLE \"${qtr_deployed_app}\"
                ADDITIONAL_EXECUTABLES
                    \"${qtr_deployed_bin}/$<TARGET_FILE_NAME:qlik-task>\"
                    \"${qtr_deployed_bin}/$<TARGET_FILE_NAME:qrs-sim>\"
                GENERATE_QT_CONF
                VERBOSE)")
    endif()
    if(WIN32)
        # The libraries that are not Qt's (QtKeychain, OpenSSL's libcrypto when it was found).
        install(FILES $<TARGET_RUNTIME_DLLS:qlik-task> $<TARGET_RUNTIME_DLLS:qrs-sim>
            DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "Qlik Task Runner")
    set(CPACK_PACKAGE_EXECUTABLES "qlik-task-runner;Qlik Task Runner")
    set(CPACK_NSIS_DISPLAY_NAME "Qlik Task Runner")
    set(CPACK_NSIS_PACKAGE_NAME "Qlik Task Runner ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/resources/icons/app.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/resources/icons/app.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\qlik-task-runner.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    # qlik-task on the PATH, for schedulers (the installer asks).
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Qlik Task Runner")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
