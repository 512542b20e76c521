// RUN: %check_lockio %s %t -- -- -std=c++17

int main() { return 0; }
