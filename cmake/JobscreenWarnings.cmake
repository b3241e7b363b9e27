# Warnings live on an INTERFACE target that only our own targets link, so
# they never leak into a parent project's flags.
add_library(jobscreen_warnings INTERFACE)
target_compile_options(jobscreen_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>)
# GCC 12 misfires -Wrestrict inside std::string at -O3 (fixed in GCC 13), and
# -Wmaybe-uninitialized inside std::function/std::regex when sanitizers change
# its flow analysis; neither points at our code.
target_compile_options(jobscreen_warnings INTERFACE
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
if(JOBSCREEN_SANITIZE)
  target_compile_options(jobscreen_warnings INTERFACE $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
endif()
if(JOBSCREEN_WERROR)
  target_compile_options(jobscreen_warnings INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Werror>)
endif()

add_library(jobscreen_sanitizers INTERFACE)
if(JOBSCREEN_SANITIZE)
  target_compile_options(jobscreen_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(jobscreen_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
