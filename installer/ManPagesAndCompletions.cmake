# qlik-task(1), qrs-sim(1) and qlik-task-runner(1), made at build time from the programs' own --help and --version by
# help2man (Debian: help2man), compressed as Debian wants them; and the shell completions of
# qlik-task for bash, zsh and fish. All installed where those shells and man look.

find_program(QTR_HELP2MAN help2man)
find_program(QTR_GZIP gzip)
set(QTR_MAN_PAGES)
if(QTR_HELP2MAN AND QTR_GZIP)
    set(QTR_MAN_DIR ${CMAKE_BINARY_DIR}/man)
    set(qlik-task_MAN_NAME "start Qlik Sense tasks or Qlik Cloud reloads and wait for their end")
    set(qrs-sim_MAN_NAME "a simulator of the Qlik Repository Service and of Qlik Cloud")
    set(qlik-task-runner_MAN_NAME "the desktop app: start Qlik Sense tasks and watch them run")
    set(QTR_MAN_PROGRAMS qlik-task qrs-sim)
    if(TARGET qlik-task-runner)
        list(APPEND QTR_MAN_PROGRAMS qlik-task-runner)
    endif()
    # The date on the page: SOURCE_DATE_EPOCH when the build gives one (reproducible builds),
    # else the day the build was configured.
    if(DEFINED ENV{SOURCE_DATE_EPOCH})
        set(QTR_MAN_EPOCH $ENV{SOURCE_DATE_EPOCH})
    else()
        string(TIMESTAMP QTR_MAN_EPOCH "%s" UTC)
    endif()
    foreach(program ${QTR_MAN_PROGRAMS})
        set(page ${QTR_MAN_DIR}/${program}.1)
        add_custom_command(OUTPUT ${page} ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${QTR_MAN_DIR}
            COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${QTR_MAN_EPOCH} LANGUAGE=en
                    QT_QPA_PLATFORM=offscreen
                    ${QTR_HELP2MAN} --no-info --section=1
                    --name=${${program}_MAN_NAME} --output=${page} $<TARGET_FILE:${program}>
            COMMAND ${QTR_GZIP} -9nkf ${page}
            DEPENDS ${program}
            COMMENT "Writing the man page of ${program}"
            VERBATIM)
        list(APPEND QTR_MAN_PAGES ${page})
        install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
    add_custom_target(man_pages ALL DEPENDS ${QTR_MAN_PAGES})
else()
    message(STATUS "help2man or gzip not found: no man pages (Debian: help2man)")
endif()

set(QTR_COMPLETIONS_DIR ${CMAKE_CURRENT_LIST_DIR}/completions)
install(FILES ${QTR_COMPLETIONS_DIR}/qlik-task.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME qlik-task)
install(FILES ${QTR_COMPLETIONS_DIR}/_qlik-task
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${QTR_COMPLETIONS_DIR}/qlik-task.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
