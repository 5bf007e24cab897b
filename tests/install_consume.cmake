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
