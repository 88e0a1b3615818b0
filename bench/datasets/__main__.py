from bench.datasets import main

main()
