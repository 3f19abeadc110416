# The Windows installer: the programs, the Qt libraries and plugins they load (windeployqt, run by
# Qt's deployment script), the other DLLs they link (QtKeychain, libxlsxwriter, minizip, SQLite,
# zlib), packed by CPack's NSIS generator into BadgeDesk-<version>-win64.exe.
#
# It cannot be built on the Debian machine the project is developed and tested on; this file
# follows the CMake (install(SCRIPT), file(GET_RUNTIME_DEPENDENCIES), CPack NSIS) and Qt
# (qt_generate_deploy_app_script) documentation. packaging/windows/README.md has the steps.

include(GNUInstallDirs)

# Qt's deployment script runs windeployqt on the installed badgedesk.exe: Qt DLLs, the platform,
# style, image-format and SQL-driver plugins (qsqlite), and Qt's own translations (its dialogs in
# Spanish). badgedesk-cli and credly-sim use a subset of the same DLLs in the same folder.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET badgedesk OUTPUT_SCRIPT badgedesk_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET badgedesk FILENAME_VARIABLE badgedesk_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${badgedesk_deploy_script})

# windeployqt copies Qt only. The other DLLs are found from the executables' imports and copied
# beside them; Windows' own DLLs stay out. BADGEDESK_RUNTIME_DIRS names where to look (vcpkg's
# installed/<triplet>/bin; the toolchain file's folders are searched too).
set(BADGEDESK_RUNTIME_DIRS "" CACHE PATH "Folders holding the third-party DLLs to ship")
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/deploy_runtime_dlls.cmake CONTENT "
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"$<TARGET_FILE:badgedesk>\" \"$<TARGET_FILE:badgedesk-cli>\" \"$<TARGET_FILE:credly-sim>\"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES \"${BADGEDESK_RUNTIME_DIRS}\" \"$<TARGET_FILE_DIR:Qt6::Core>\"
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
    POST_EXCLUDE_REGEXES \".*[Ss][Yy][Ss][Tt][Ee][Mm]32/.*\")
foreach(dll IN LISTS resolved)
    file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
endforeach()
if(unresolved)
    message(FATAL_ERROR \"These DLLs were not found; add their folder to BADGEDESK_RUNTIME_DIRS: \${unresolved}\")
endif()
")
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy_runtime_dlls.cmake)

set(CPACK_PACKAGE_NAME BadgeDesk)
set(CPACK_PACKAGE_VENDOR "BadgeDesk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY BadgeDesk)
set(CPACK_PACKAGE_FILE_NAME "BadgeDesk-${PROJECT_VERSION}-win64")
set(CPACK_GENERATOR NSIS)
# A Start menu entry "BadgeDesk" for bin/badgedesk.exe, and a desktop shortcut.
set(CPACK_PACKAGE_EXECUTABLES badgedesk "BadgeDesk")
set(CPACK_CREATE_DESKTOP_LINKS badgedesk)
set(CPACK_NSIS_DISPLAY_NAME "BadgeDesk")
set(CPACK_NSIS_PACKAGE_NAME "BadgeDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\badgedesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Per-machine install under Program Files; the data stays in each user's AppData (never removed
# by the uninstaller: it holds the databases and their backups).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MODIFY_PATH OFF)
include(CPack)
