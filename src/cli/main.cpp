#include <cstdio>

#include "chronograph/version.hpp"

int main() {
  std::printf("chronograph %s\n", chronograph::version.data());
  return 0;
}
