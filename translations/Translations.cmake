# `cmake --build <dir> --target update_translations` refreshes the Linguist files from every
# tr() of core, the CLI, the app and its forms. src/core compiles them. A build without the app
# only compiles them: an update there would drop the app's texts.
if(NOT TARGET qtr_app)
    return()
endif()
set(qtr_translated_sources)
foreach(qtr_target qtr_core qtr_cli)
    get_target_property(qtr_target_sources ${qtr_target} SOURCES)
    get_target_property(qtr_target_dir ${qtr_target} SOURCE_DIR)
    list(TRANSFORM qtr_target_sources PREPEND ${qtr_target_dir}/)
    list(APPEND qtr_translated_sources ${qtr_target_sources})
endforeach()
list(FILTER qtr_translated_sources INCLUDE REGEX "\\.(cpp|h)$")
list(APPEND qtr_translated_sources ${PROJECT_SOURCE_DIR}/src/cli/main.cpp)
list(TRANSFORM qtr_app_sources PREPEND ${PROJECT_SOURCE_DIR}/src/app/)
list(APPEND qtr_translated_sources ${qtr_app_sources} ${PROJECT_SOURCE_DIR}/src/app/main.cpp
    ${qtr_app_forms})
set(qtr_translation_include_dirs
    ${PROJECT_SOURCE_DIR}/src/core ${PROJECT_SOURCE_DIR}/src/cli ${PROJECT_SOURCE_DIR}/src/app)
qt_add_lupdate(qtr_core
    TS_FILES ${QTR_TS_FILES}
    SOURCES ${qtr_translated_sources}
    INCLUDE_DIRECTORIES ${qtr_translation_include_dirs}
    OPTIONS -no-obsolete -locations none)

# The same sources for lupdate's command line (an @list file), for tst_translations.
list(TRANSFORM qtr_translation_include_dirs PREPEND "-I" OUTPUT_VARIABLE qtr_include_flags)
string(JOIN "\n" qtr_sources_list ${qtr_include_flags} ${qtr_translated_sources})
set(QTR_TRANSLATED_SOURCES_LIST "${CMAKE_BINARY_DIR}/translated-sources.lst")
file(GENERATE OUTPUT ${QTR_TRANSLATED_SOURCES_LIST} CONTENT "${qtr_sources_list}\n")
