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

# pkg-config, for builds that do not use CMake: `pkg-config --cflags --libs chronograph`. A static
# library (the default) needs its dependencies on the consumer's link line, so they are public
# requirements then; a shared one keeps them private.
set(CHRONOGRAPH_PC_MODULES "libgvc libcgraph librsvg-2.0 cairo cairo-pdf cairo-png freetype2 \
fontconfig harfbuzz icu-uc icu-i18n libpcre2-8 hunspell libical fmt yaml-cpp pugixml simdjson zlib")
# Howard Hinnant's date has no pkg-config file.
set(date_and_threads "-ldate-tz -pthread")
if(BUILD_SHARED_LIBS)
  set(CHRONOGRAPH_PC_REQUIRES_FIELD Requires.private)
  set(CHRONOGRAPH_PC_LIBS "")
  set(CHRONOGRAPH_PC_LIBS_PRIVATE "Libs.private: ${date_and_threads}")
else()
  set(CHRONOGRAPH_PC_REQUIRES_FIELD Requires)
  set(CHRONOGRAPH_PC_LIBS "${date_and_threads}")
  set(CHRONOGRAPH_PC_LIBS_PRIVATE "")
endif()
set(CHRONOGRAPH_PC_REQUIRES "${CHRONOGRAPH_PC_MODULES}")
file(RELATIVE_PATH CHRONOGRAPH_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" CHRONOGRAPH_PC_TO_PREFIX "${CHRONOGRAPH_PC_TO_PREFIX}")
configure_file(cmake/chronograph.pc.in ${PROJECT_BINARY_DIR}/chronograph.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/chronograph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# Shell completion and the man page, which the CLI writes from its own definition
# (src/cli/shell.cpp), to where bash-completion, zsh, fish and man look for them.
set(shell_files ${PROJECT_BINARY_DIR}/shell)
add_custom_command(
  OUTPUT ${shell_files}/chronograph.bash ${shell_files}/_chronograph
         ${shell_files}/chronograph.fish ${shell_files}/chronograph.1
  COMMAND ${CMAKE_COMMAND} -E make_directory ${shell_files}
  COMMAND chronograph_cli completion bash -o ${shell_files}/chronograph.bash
  COMMAND chronograph_cli completion zsh -o ${shell_files}/_chronograph
  COMMAND chronograph_cli completion fish -o ${shell_files}/chronograph.fish
  COMMAND chronograph_cli man -o ${shell_files}/chronograph.1
  DEPENDS chronograph_cli
  COMMENT "Writing shell completions and the man page" VERBATIM)
add_custom_target(chronograph_shell_files ALL
  DEPENDS ${shell_files}/chronograph.bash ${shell_files}/_chronograph
          ${shell_files}/chronograph.fish ${shell_files}/chronograph.1)
install(FILES ${shell_files}/chronograph.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME chronograph)
install(FILES ${shell_files}/_chronograph DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES ${shell_files}/chronograph.fish
  DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${shell_files}/chronograph.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
