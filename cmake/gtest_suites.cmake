# Read by ctest (a TEST_INCLUDE_FILES script, tests/CMakeLists.txt) when
# GAZETTE_TEST_PER_SUITE is on: one test per GoogleTest suite of gazette_tests, named
# unit.SUITE and running `gazette_tests --gtest_filter=SUITE.*`, so every unit test runs,
# each suite in one process. The sanitizer run uses it: a process built with ASan and
# UBSan takes about 0.15 s of CPU to start and exit, paid once per suite instead of once
# per test. The list comes from `gazette_tests --gtest_list_tests` each time ctest reads
# the tests, so a new suite is never left out. COST, for the order on a fresh build
# (ctest -j has no timings yet), is about the suite's seconds under the sanitizers: 0.15
# a test, on the scale of the e2e tests' costs (tests/CMakeLists.txt).
# Set by the including file: GAZETTE_TESTS_EXE, GAZETTE_TESTS_DIR, GAZETTE_BINARY.
execute_process(COMMAND "${GAZETTE_TESTS_EXE}" --gtest_list_tests
                OUTPUT_VARIABLE gazette_list RESULT_VARIABLE gazette_rc ERROR_VARIABLE gazette_err)
if(NOT gazette_rc EQUAL 0)
  # Not built, or it cannot list its tests: one test that fails and says so.
  add_test(unit.LIST_TESTS "${GAZETTE_TESTS_EXE}" --gtest_list_tests)
  return()
endif()
string(REPLACE "\n" ";" gazette_lines "${gazette_list}")
set(gazette_suite "")
set(gazette_suites "")
foreach(line IN LISTS gazette_lines)
  if(line MATCHES "^([A-Za-z0-9_/]+)\\.$")
    set(gazette_suite "${CMAKE_MATCH_1}")
    list(APPEND gazette_suites "${gazette_suite}")
    set(gazette_n_${gazette_suite} 0)
  elseif(line MATCHES "^  [A-Za-z0-9_/]" AND gazette_suite)
    math(EXPR gazette_n_${gazette_suite} "${gazette_n_${gazette_suite}} + 1")
  endif()
endforeach()
foreach(suite IN LISTS gazette_suites)
  add_test(unit.${suite} "${GAZETTE_TESTS_EXE}" "--gtest_filter=${suite}.*")
  math(EXPR gazette_cost "${gazette_n_${suite}} * 15 / 100 + 1")
  set_tests_properties(unit.${suite} PROPERTIES WORKING_DIRECTORY "${GAZETTE_TESTS_DIR}"
                       ENVIRONMENT "GAZETTE_BINARY=${GAZETTE_BINARY}" COST "${gazette_cost}")
endforeach()
