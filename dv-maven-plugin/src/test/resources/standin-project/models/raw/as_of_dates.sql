select cast('2024-01-03' as timestamp) as AS_OF_DATE
