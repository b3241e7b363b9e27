# The normaliser's fold table is generated at build time from ICU data by
# tools/fold_table_gen.cpp, so the hot path never runs ICU transliterators.
# Included from src/CMakeLists.txt, where the target `jobscreen` exists.
add_executable(jobscreen_fold_table_gen ${PROJECT_SOURCE_DIR}/tools/fold_table_gen.cpp)
target_include_directories(jobscreen_fold_table_gen PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_compile_features(jobscreen_fold_table_gen PRIVATE cxx_std_20)
target_link_libraries(jobscreen_fold_table_gen PRIVATE ICU::i18n ICU::uc ICU::data
                                                       jobscreen_warnings)

set(jobscreen_fold_table_cpp ${CMAKE_CURRENT_BINARY_DIR}/generated/fold_table.cpp)
add_custom_command(
  OUTPUT ${jobscreen_fold_table_cpp}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated
  COMMAND jobscreen_fold_table_gen ${jobscreen_fold_table_cpp}
  DEPENDS jobscreen_fold_table_gen
  COMMENT "Generating the normaliser's fold table from ICU data"
  VERBATIM)
target_sources(jobscreen PRIVATE ${jobscreen_fold_table_cpp})
