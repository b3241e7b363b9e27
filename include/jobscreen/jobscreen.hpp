// Everything a caller needs: include this one header.
#pragma once

#include "jobscreen/diagnostic.hpp"
#include "jobscreen/engine.hpp"
#include "jobscreen/json.hpp"
#include "jobscreen/normalize.hpp"
#include "jobscreen/result.hpp"
#include "jobscreen/rule_set.hpp"
#include "jobscreen/version.hpp"
