include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS jobscreen jobscreen_warnings jobscreen_sanitizers EXPORT jobscreenTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/jobscreen DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/include/jobscreen/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jobscreen)
install(EXPORT jobscreenTargets NAMESPACE jobscreen::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jobscreen)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/jobscreenConfig.cmake.in
        ${PROJECT_BINARY_DIR}/jobscreenConfig.cmake
        INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jobscreen)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/jobscreenConfigVersion.cmake
        COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/jobscreenConfig.cmake ${PROJECT_BINARY_DIR}/jobscreenConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jobscreen)
