"""Benchmarks of daejo (run each as ``python -m benchmarks.<name>``)."""
