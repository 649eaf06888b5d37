# ENGDRIFT_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer.
option(ENGDRIFT_SANITIZE "Build with ASan + UBSan" OFF)
if(ENGDRIFT_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# ENGDRIFT_FUZZ=ON (clang only) builds everything with coverage for libFuzzer plus ASan + UBSan;
# the targets in fuzz/ link libFuzzer's main (-fsanitize=fuzzer). See fuzz/README.md.
option(ENGDRIFT_FUZZ "Build the libFuzzer targets in fuzz/ (clang)" OFF)
if(ENGDRIFT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ENGDRIFT_FUZZ needs clang (cmake --preset fuzz)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
