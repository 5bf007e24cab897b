# Installs chronograph into a scratch prefix, then configures, builds and runs tests/consumer
# against it: proves `cmake --install` ships the library, the headers and a working package config.
# Called by ctest with -DSOURCE_DIR=… -DBINARY_DIR=…
set(prefix "${BINARY_DIR}/install-test/prefix")
set(consumer "${BINARY_DIR}/install-test/consumer")
file(REMOVE_RECURSE "${BINARY_DIR}/install-test")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE status OUTPUT_QUIET)
if(status)
  message(FATAL_ERROR "cmake --install failed: ${status}")
endif()
foreach(expected bin/chronograph include/chronograph/chronograph.hpp
                 include/chronograph/adapters/boost_graph.hpp)
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
