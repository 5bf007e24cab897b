include(CMakePackageConfigHelpers)

install(TARGETS chronograph chronograph_cli EXPORT chronographTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY include/chronograph DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT chronographTargets NAMESPACE chronograph::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/chronograph)
configure_package_config_file(cmake/chronographConfig.cmake.in
  ${PROJECT_BINARY_DIR}/chronographConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/chronograph)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/chronographConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/chronographConfig.cmake
              ${PROJECT_BINARY_DIR}/chronographConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/chronograph)
