# Installs chronograph into a scratch prefix, then configures, builds and runs tests/consumer
# against it: proves `cmake --install` ships the library, the headers, a working package config, a
# pkg-config file a build without CMake links with, the man page and the shell completions.
# Called by ctest with -DSOURCE_DIR=… -DBINARY_DIR=… -DCXX=<the C++ compiler>
set(prefix "${BINARY_DIR}/install-test/prefix")
set(consumer "${BINARY_DIR}/install-test/consumer")
file(REMOVE_RECURSE "${BINARY_DIR}/install-test")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE status OUTPUT_QUIET)
if(status)
  message(FATAL_ERROR "cmake --install failed: ${status}")
endif()
include(GNUInstallDirs)
foreach(expected bin/chronograph include/chronograph/chronograph.hpp
                 include/chronograph/adapters/boost_graph.hpp
                 share/man/man1/chronograph.1 share/bash-completion/completions/chronograph
                 share/zsh/site-functions/_chronograph
                 share/fish/vendor_completions.d/chronograph.fish
                 ${CMAKE_INSTALL_LIBDIR}/pkgconfig/chronograph.pc)
  if(NOT EXISTS "${prefix}/${expected}")
    message(FATAL_ERROR "not installed: ${expected}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/consumer" -B "${consumer}"
                        -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release
                        -DREADME=${SOURCE_DIR}/README.md
                RESULT_VARIABLE status)
if(status)
  message(FATAL_ERROR "configuring the consumer failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build "${consumer}" RESULT_VARIABLE status)
if(status)
  message(FATAL_ERROR "building the consumer failed")
endif()
execute_process(COMMAND "${consumer}/consumer" RESULT_VARIABLE status)
if(status)
  message(FATAL_ERROR "the consumer failed")
endif()

# README.md's library example (built from the README by the consumer) on a good file: an SVG on
# stdout and exit 0; on a file with an error: the diagnostic on stderr and exit 1, no crash (it
# used to dereference an empty graph).
execute_process(COMMAND "${consumer}/readme_example" "${SOURCE_DIR}/graphs/altman-korea-2024.yaml"
                RESULT_VARIABLE status OUTPUT_VARIABLE svg ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR NOT svg MATCHES "<svg[ >]" OR NOT errors STREQUAL "")
  message(FATAL_ERROR "README example on the good file: exit ${status}, stderr '${errors}'")
endif()
set(bad "${BINARY_DIR}/install-test/bad.yaml")
file(WRITE "${bad}" "chronograph: 1\nevents:\n  a: {title: A, when: 2024-02-30}\n")
execute_process(COMMAND "${consumer}/readme_example" "${bad}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE errors)
if(NOT status EQUAL 1 OR NOT out STREQUAL "" OR
   NOT errors MATCHES "^visit.yaml:3:31: error: day 30 does not exist in February 2024\n")
  message(FATAL_ERROR "README example on the bad file: exit ${status}, stderr '${errors}'")
endif()

# The man page reads as one (man's own formatter, no warnings), and the bash completion parses.
file(READ "${prefix}/share/man/man1/chronograph.1" page)
if(NOT page MATCHES "^\\.TH CHRONOGRAPH 1 ")
  message(FATAL_ERROR "share/man/man1/chronograph.1 is not a man page")
endif()
find_program(MAN man)
if(MAN)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env MANWIDTH=80 ${MAN} -l
                          "${prefix}/share/man/man1/chronograph.1"
                  RESULT_VARIABLE status OUTPUT_VARIABLE shown ERROR_VARIABLE warnings)
  if(status OR NOT warnings STREQUAL "" OR NOT shown MATCHES "chronograph render")
    message(FATAL_ERROR "man -l chronograph.1: exit ${status}, '${warnings}'")
  endif()
endif()
execute_process(COMMAND bash -n "${prefix}/share/bash-completion/completions/chronograph"
                RESULT_VARIABLE status)
if(status)
  message(FATAL_ERROR "the bash completion does not parse")
endif()

# A build without CMake: the flags pkg-config gives compile and link tests/consumer/main.cpp.
set(pc_path "${prefix}/${CMAKE_INSTALL_LIBDIR}/pkgconfig")
execute_process(COMMAND ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${pc_path}
                        pkg-config --cflags --libs chronograph
                RESULT_VARIABLE status OUTPUT_VARIABLE flags ERROR_VARIABLE errors
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(status OR NOT flags MATCHES "-I[^ ]*include" OR NOT flags MATCHES "-lchronograph")
  message(FATAL_ERROR "pkg-config --cflags --libs chronograph: exit ${status}, '${flags}' '${errors}'")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
execute_process(COMMAND ${CXX} -std=c++20 "${SOURCE_DIR}/tests/consumer/main.cpp" ${flags}
                        -o "${BINARY_DIR}/install-test/pkg-config-consumer"
                RESULT_VARIABLE status ERROR_VARIABLE errors)
if(status)
  message(FATAL_ERROR "building the consumer with pkg-config's flags failed: ${errors}")
endif()
execute_process(COMMAND "${BINARY_DIR}/install-test/pkg-config-consumer" RESULT_VARIABLE status)
if(status)
  message(FATAL_ERROR "the consumer built with pkg-config's flags failed")
endif()
