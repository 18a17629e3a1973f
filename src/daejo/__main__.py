from daejo.cli import main

main()
