# Translations: English source, German, French and Simplified Chinese. Qt 6.4 form.
#   gds_add_translations(<target>)        lupdate target over the GUI libraries' sources and lrelease,
#                                         the .qm files embedded under :/i18n (gpudeal_<lang>.qm)
#   gds_add_translation_resources(<target>)  only lrelease + the same :/i18n resources (tests)
# Update the .ts files with `cmake --build <dir> --target update_translations`; this runs
# lupdate -no-obsolete -locations none over the sources of GDS_I18N_LIBRARIES plus the target's own.
set(GDS_TS_FILES
    ${CMAKE_CURRENT_LIST_DIR}/gpudeal_de.ts
    ${CMAKE_CURRENT_LIST_DIR}/gpudeal_fr.ts
    ${CMAKE_CURRENT_LIST_DIR}/gpudeal_zh_CN.ts)
set(GDS_I18N_LIBRARIES gds_ui gds_ui_risk gds_report)

function(gds_add_translations target)
    set(sources "")
    foreach(t ${target} ${GDS_I18N_LIBRARIES})
        if(NOT TARGET ${t})
            continue()
        endif()
        get_target_property(dir ${t} SOURCE_DIR)
        get_target_property(files ${t} SOURCES)
        foreach(f IN LISTS files)
            if(f MATCHES "\\.(cpp|h)$")
                if(NOT IS_ABSOLUTE "${f}")
                    set(f "${dir}/${f}")
                endif()
                list(APPEND sources "${f}")
            endif()
        endforeach()
    endforeach()
    # The metrics' labels are written once, in core (engine/Result.cpp), and translated by the GUI.
    list(APPEND sources ${PROJECT_SOURCE_DIR}/core/engine/Result.cpp)
    qt_add_translations(${target}
        TS_FILES ${GDS_TS_FILES}
        SOURCES ${sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()

function(gds_add_translation_resources target)
    qt_add_lrelease(${target} TS_FILES ${GDS_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files NO_GLOBAL_TARGET)
    qt_add_resources(${target} "${target}_translations" PREFIX /i18n BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()
