# Every dependency comes from the system (Debian packages); nothing is fetched.
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
find_package(ICU 70 REQUIRED COMPONENTS uc i18n data)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)
